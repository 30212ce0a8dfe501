/** The OpenAPI contract: what every operation shares, attached to what the resources declare. */
package org.cep.content.contract;
