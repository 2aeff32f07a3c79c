// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** One thing an account may do. The UI hides what is not granted; the services refuse it. */
public enum Permission {
    /** See schools, cameras and the dashboard. */
    VIEW_SCHOOLS,
    /** Log visits and events in which the account's own officer took part. */
    RECORD_OWN_WORK,
    /** Log, correct and remove any visit or event at a school of the account's district. */
    RECORD_DISTRICT_WORK,
    /** Change schools, cameras, equipment, security checks and who covers a school (own district). */
    EDIT_SCHOOLS,
    MANAGE_OFFICERS,
    MANAGE_LEISURE,
    RECORD_OFFENCES,
    /** Preview, print and export the monthly summary. */
    MONTHLY_SUMMARY,
    MANAGE_ACCOUNTS,
    MANAGE_SETTINGS,
    /** Visit purposes, event types, offence kinds. */
    MANAGE_REFERENCE_LISTS,
    VIEW_AUDIT,
    BACKUPS,
    /** Bring a unit's lists of schools, cameras and officers in from a spreadsheet (a head: own district). */
    IMPORT,
    /** Edit the requirement sets schools are judged by (issue 21). */
    EDIT_REQUIREMENTS
}
