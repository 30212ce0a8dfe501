/** Keeps the API answering under abuse and faults: rate limits, request ids, latency metrics, answers while the database is down. */
package org.cep.content.resilience;
