// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Language of instruction. */
public enum TeachingLanguage {
    KAZAKH, RUSSIAN, KAZAKH_RUSSIAN, OTHER
}
