/** Projects: CEP's funded projects with their partners, objectives, target groups and activities. */
package org.cep.content.projects;
