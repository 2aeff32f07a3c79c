// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Where a camera's picture goes: the police ЦОУ, the «Сергек» system, the district duty unit, or nowhere. */
public enum CameraConnection {
    COU, SERGEK, DUTY_UNIT, NONE
}
