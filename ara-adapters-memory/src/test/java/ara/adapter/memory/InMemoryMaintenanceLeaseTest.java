package ara.adapter.memory;

import ara.application.port.out.admin.MaintenanceLease;
import ara.contract.MaintenanceLeaseContract;

/** The in-process lease against the contract. */
class InMemoryMaintenanceLeaseTest extends MaintenanceLeaseContract {
    private final InMemoryMaintenanceLease lease = new InMemoryMaintenanceLease();

    @Override
    protected MaintenanceLease lease() {
        return lease;
    }
}
