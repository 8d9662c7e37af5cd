package ara.adapter.web;

/**
 * A handler failed with an {@link Error} that is not a {@link VirtualMachineError} (a linkage, assertion or
 * initializer error). Javalin's exception handlers see only exceptions, so this carries such an error to the one
 * exception mapping, which answers 500 with a correlation id.
 */
final class HandlerFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailed(Error cause) {
        super("a handler failed with " + cause.getClass().getName(), cause);
    }
}
