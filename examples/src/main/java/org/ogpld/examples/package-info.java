/** OGP-LD examples. */
package org.ogpld.examples;
