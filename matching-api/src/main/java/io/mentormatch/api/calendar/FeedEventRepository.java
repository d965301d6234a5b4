package io.mentormatch.api.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedEventRepository extends JpaRepository<FeedEventEntity, Long> {

    List<FeedEventEntity> findByUserId(long userId);
}
