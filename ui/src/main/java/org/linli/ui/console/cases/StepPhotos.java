package org.linli.ui.console.cases;

import org.linli.platform.problem.DomainException;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.files.UploadedFile;
import org.linli.ui.components.UiErrors;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Photos chosen with a step or a result belong to the step just written: the last of the timeline the service
 * answered with. The step stands once written, so a photo refused afterwards is told and the rest still attach.
 */
final class StepPhotos {

    private StepPhotos() {
    }

    static CaseView attach(CaseView written, List<UploadedFile> photos,
                           BiFunction<Long, UploadedFile, CaseView> addPhoto) {
        if (photos.isEmpty() || written.steps().isEmpty()) {
            return written;
        }
        long step = written.steps().get(written.steps().size() - 1).step().id();
        CaseView latest = written;
        for (UploadedFile photo : photos) {
            try {
                latest = addPhoto.apply(step, photo);
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        }
        return latest;
    }
}
