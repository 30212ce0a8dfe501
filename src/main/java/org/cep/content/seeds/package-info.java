/** Seeds: CEP's content as data files, read into the API's write bodies and loaded through its writers into an empty database on first start. */
package org.cep.content.seeds;
