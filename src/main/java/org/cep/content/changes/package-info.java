/** The change log: every write recorded in its own transaction, and the feed of changes for editors. */
package org.cep.content.changes;
