/** People: speakers, chairs, members and authors named across CEP's content. */
package org.cep.content.people;
