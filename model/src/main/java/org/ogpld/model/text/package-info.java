/** Text matching shared by search and reconciliation: folding names so that their spellings meet. */
package org.ogpld.model.text;
