package com.quizdeck.backup;

/** A backup that cannot be imported here, with the reason in words an admin can act on. */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
