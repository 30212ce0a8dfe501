/** Query parameters of collections: parsing with limits, filters, sorting, paging by number and by cursor. */
package org.cep.content.query;
