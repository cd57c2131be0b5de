/**
 * Running Quizdeck in production: a request id in every log line, metrics of other modules' events. The
 * settings themselves (structured logs, graceful shutdown, secure cookies) are in the application's
 * properties; docs/deploy.md describes them.
 */
package com.quizdeck.ops;
