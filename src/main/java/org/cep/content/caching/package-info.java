/** The in-memory cache of public answers, and how every instance learns that content changed. */
package org.cep.content.caching;
