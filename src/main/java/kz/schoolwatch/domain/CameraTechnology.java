// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Analog cameras are being replaced with digital ones across the regions. */
public enum CameraTechnology {
    ANALOG, DIGITAL
}
