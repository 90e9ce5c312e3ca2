/// The version `factx --version` prints: the one place it is written.
enum FactxVersion {
    static let current = "0.9.0"
}
