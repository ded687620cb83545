/** OGP-LD model. */
package org.ogpld.model;
