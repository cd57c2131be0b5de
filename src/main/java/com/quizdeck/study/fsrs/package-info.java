/**
 * The FSRS-6 spaced-repetition scheduler, ported from py-fsrs 6.3.1 (see docs/decisions/002-fsrs-port.md).
 *
 * <p>Deliberately free of Spring and persistence, so that it can be checked against the reference's test vectors
 * with plain unit tests and run from the command line ({@link com.quizdeck.study.fsrs.FsrsCli}).
 */
@NamedInterface("fsrs")
package com.quizdeck.study.fsrs;

import org.springframework.modulith.NamedInterface;
