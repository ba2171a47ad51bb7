/**
 * The web control panel under {@code /panel}: server-rendered HTML on the management services (no
 * JavaScript at all), session login with the stored administrators, a CSRF token on every form, roles.
 */
package org.bridgehead.api.panel;
