/** What two or more features share: paging, filters, sorting, caching, Markdown and the service's clock. */
package org.cep.content.common;
