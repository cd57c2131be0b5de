/**
 * What several application nodes on one PostgreSQL database share besides the data: short change
 * messages between nodes ({@link com.quizdeck.cluster.ClusterEvents}, PostgreSQL {@code LISTEN/NOTIFY}) and
 * scheduled jobs that run on one node at a time ({@link com.quizdeck.cluster.JobLock}). On the embedded
 * H2 there is one node and both are trivial.
 */
package com.quizdeck.cluster;
