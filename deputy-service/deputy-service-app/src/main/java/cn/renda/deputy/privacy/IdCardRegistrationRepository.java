package cn.renda.deputy.privacy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

interface IdCardRegistrationRepository extends JpaRepository<IdCardRegistration, String> {

    @Transactional
    void deleteByDeputyId(String deputyId);
}
