/** OGP-LD vocab. */
package org.ogpld.vocab;
