/** Preview links: read-only tokens that show drafts and scheduled items to a front end, expiring and revocable. */
package org.cep.content.previews;
