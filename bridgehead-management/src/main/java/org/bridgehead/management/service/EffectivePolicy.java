package org.bridgehead.management.service;

import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.PolicyScope;

/** The policy that governs a user and the level it came from (USER, then SITE, then GLOBAL). */
public record EffectivePolicy(String sipUri, ExternalAccessPolicy policy, PolicyScope source) {}
