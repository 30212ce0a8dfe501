/** Seeds: CEP's content as data files, read, checked and loaded into an empty database on first start. */
package org.cep.content.seeds;
