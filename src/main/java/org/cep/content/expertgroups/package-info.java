/** Expert groups: CEP's thematic groups with their chairs and members. */
package org.cep.content.expertgroups;
