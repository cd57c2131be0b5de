-- Scheduled jobs run on one node at a time when several nodes share the database (JobLock): a node
-- runs a job only after claiming its row, until locked_until.
create table scheduled_job_lock (
    name         varchar(64)  not null primary key,
    locked_until timestamp with time zone not null,
    locked_at    timestamp with time zone not null,
    locked_by    varchar(255) not null
);
