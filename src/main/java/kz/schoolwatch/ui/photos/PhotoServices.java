// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.photos.PhotoService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * What the photo strip and viewer work with, handed over by the screen that embeds them (an act's finding, an
 * order): {@code new PhotoStrip(new PhotoServices(context.photos(), tasks, messages))}.
 */
public record PhotoServices(PhotoService photos, TaskRunner tasks, Messages messages) {
}
