import SwitchboardCore

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

extension StateDirectory {
    /// The files set aside as `NAME.unreadable` (see ``loadAll()``), read, in name order.
    ///
    /// Safe beside a running bridge: it never writes them again.
    ///
    /// - Throws: ``SessionPersistenceError`` when the folder or a file cannot be read.
    public func setAsideFiles() throws(SessionPersistenceError) -> [SetAsideFile] {
        let names: [String]
        do {
            names = try FileSystem.entries(of: self.path)
        } catch {
            throw SessionPersistenceError(path: self.path, reason: error.reason)
        }
        var files: [SetAsideFile] = []
        for name in names where name.contains(Self.asideSuffix) {
            let path = self.path + "/" + name
            if FileSystem.isDirectory(path) { continue }
            do {
                files.append(
                    SetAsideFile(name: name, path: path, contents: try FileSystem.read(path)))
            } catch {
                throw SessionPersistenceError(path: path, reason: error.reason)
            }
        }
        return files
    }

    /// Deletes a set-aside file (call it holding the folder's lock).
    public func remove(_ file: SetAsideFile) throws(SessionPersistenceError) {
        guard unlink(file.path) == 0 || errno == ENOENT else {
            throw SessionPersistenceError(path: file.path, reason: String(cString: strerror(errno)))
        }
    }
}
