// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Whether a school meets a requirement; UNKNOWN when the data to judge it is missing. */
public enum ComplianceStatus {
    MET, NOT_MET, UNKNOWN
}
