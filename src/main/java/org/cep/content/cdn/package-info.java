/** Surrogate keys on cacheable answers, and purges of exactly those keys at the CDN after each change. */
package org.cep.content.cdn;
