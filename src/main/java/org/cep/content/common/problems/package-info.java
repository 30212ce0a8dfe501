/** RFC 9457 problem details: the one place where exceptions become error responses. */
package org.cep.content.common.problems;
