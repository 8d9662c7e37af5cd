package ara.application.port.in.admin;

/** Inbound port: figures about every audit for administrators. */
public interface GetStatsUseCase {
    StatsView stats();
}
