/**
 * The Reconciliation Service API ({@code /reconcile}): matching researchers' lists of members, organisations,
 * people, commitments, action plans and events to the store's IRIs, with suggest, preview and data extension.
 */
package org.ogpld.endpoint.reconcile;
