// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** A camera's state. Dismantled cameras stay in history but leave every count. */
public enum CameraStatus {
    WORKING, FAULTY, DISMANTLED
}
