package org.linli.infra.it;

import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.RequiresModule;

/** A stand-in for a parking service, deployed only with the in-container tests to exercise the module guard. */
@ApplicationService
@RequiresModule(Module.PARKING)
public class ParkingProbe {

    @Query
    @RequiresPermission(Permissions.MODULE_READ)
    public String lots() {
        return "lots";
    }
}
