/** The administration command line, named after the Lync cmdlets; online through the HTTP API, offline on the store. */
package org.bridgehead.admin;
