package com.quizdeck.modulefixture.alpha;

/** Fixture for ModularityTest: an entity-like type of module "alpha". */
public class AlphaThing {
    Long id;
}
