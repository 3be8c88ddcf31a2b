import Foundation

#if canImport(Security)
    import Security

    /// The session token in the iPhone's Keychain (this device only, after first unlock, so
    /// background refresh can read it), never in the core's files.
    public final class KeychainSecretStore: SecretStore, @unchecked Sendable {
        private let service: String

        public init(service: String = "org.communitylibrary.app") {
            self.service = service
        }

        private func query(_ key: String) -> [String: Any] {
            [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service,
             kSecAttrAccount as String: key]
        }

        private func failure(_ what: String, _ status: OSStatus) -> CmlError {
            .Storage(detail: "The phone's keychain could not \(what) (\(status)).")
        }

        public func get(key: String) throws -> String? {
            var q = query(key)
            q[kSecReturnData as String] = true
            q[kSecMatchLimit as String] = kSecMatchLimitOne
            var item: CFTypeRef?
            let status = SecItemCopyMatching(q as CFDictionary, &item)
            if status == errSecItemNotFound { return nil }
            guard status == errSecSuccess, let data = item as? Data else { throw failure("read the sign-in", status) }
            return String(data: data, encoding: .utf8)
        }

        public func set(key: String, value: String) throws {
            let data = Data(value.utf8)
            let update = SecItemUpdate(query(key) as CFDictionary, [kSecValueData as String: data] as CFDictionary)
            if update == errSecSuccess { return }
            guard update == errSecItemNotFound else { throw failure("keep the sign-in", update) }
            var add = query(key)
            add[kSecValueData as String] = data
            add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
            let status = SecItemAdd(add as CFDictionary, nil)
            guard status == errSecSuccess else { throw failure("keep the sign-in", status) }
        }

        public func delete(key: String) throws {
            let status = SecItemDelete(query(key) as CFDictionary)
            guard status == errSecSuccess || status == errSecItemNotFound else { throw failure("forget the sign-in", status) }
        }
    }
#endif

/// Secrets kept in memory only (tests and previews; on Linux, where there is no Keychain).
public final class MemorySecretStore: SecretStore, @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String] = [:]

    public init() {}

    public func get(key: String) throws -> String? { lock.withLock { values[key] } }

    public func set(key: String, value: String) throws { lock.withLock { values[key] = value } }

    public func delete(key: String) throws { _ = lock.withLock { values.removeValue(forKey: key) } }

    /// What is kept, for tests.
    public var keys: [String] { lock.withLock { values.keys.sorted() } }
}
