package com.quizdeck.modulefixture.alpha;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** Fixture for ModularityTest: a public repository in module "alpha"'s API package. */
@NoRepositoryBean // not a real repository: Spring Data must not try to implement it
public interface AlphaRepository extends Repository<AlphaThing, Long> {
}
