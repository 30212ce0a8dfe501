/** Editing content: who may write, writes with If-Match in one transaction, old slugs, and the feed of changes. */
package org.cep.content.editing;
