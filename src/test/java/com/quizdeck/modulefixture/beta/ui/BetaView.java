package com.quizdeck.modulefixture.beta.ui;

import com.quizdeck.modulefixture.alpha.AlphaRepository;

/** Fixture for ModularityTest: a view of module "beta" that wrongly uses module "alpha"'s repository. */
public class BetaView {
    AlphaRepository repository;
}
