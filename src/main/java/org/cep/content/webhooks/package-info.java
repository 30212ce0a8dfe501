/** Webhooks: admins' subscriptions, the outbox written with each change, and the sender that signs and delivers it. */
package org.cep.content.webhooks;
