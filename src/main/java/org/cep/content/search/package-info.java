/** Full-text search: the folded words both databases index, the parsed query, and the SQL each database matches it with. */
package org.cep.content.search;
