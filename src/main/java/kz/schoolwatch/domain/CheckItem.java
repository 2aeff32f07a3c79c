// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** What a security check of a school looks at. */
public enum CheckItem {
    CAMERAS, PANIC_BUTTON, ACCESS_CONTROL, METAL_DETECTOR, GUARD, PA_SYSTEM
}
