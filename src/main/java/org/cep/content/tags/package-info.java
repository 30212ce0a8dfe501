/** Tags: the topics every item can carry, with how many published items of each resource carry them. */
package org.cep.content.tags;
