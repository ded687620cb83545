/** OGP-LD endpoint. */
package org.ogpld.endpoint;
